//! The same input gives byte-identical output whatever the thread count and the order of
//! documents (each document's line is the same; lines follow the input order).

mod common;
use common::*;

#[test]
fn thread_count_and_order_do_not_change_output() {
    let Some(shared) = shared() else { return };
    let input = std::fs::read_to_string(shared.join("eval/dev/input.jsonl")).unwrap();
    let one = run(&["code", "--threads", "1", "-"], input.as_bytes());
    let two = run(&["code", "--threads", "2", "-"], input.as_bytes());
    assert!(one.status.success() && two.status.success());
    assert!(!one.stdout.is_empty());
    assert_eq!(one.stdout, two.stdout, "output differs between 1 and 2 threads");
    // Reversed input: the same lines, reversed.
    let reversed: String = input.lines().rev().map(|l| format!("{l}\n")).collect();
    let rev = run(&["code", "--threads", "2", "-"], reversed.as_bytes());
    let mut a: Vec<&[u8]> = one.stdout.split(|&b| b == b'\n').filter(|l| !l.is_empty()).collect();
    let b: Vec<&[u8]> = rev.stdout.split(|&b| b == b'\n').filter(|l| !l.is_empty()).collect();
    a.reverse();
    assert_eq!(a, b, "a document's output depends on the documents around it");
}
