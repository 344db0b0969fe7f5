# case: @ms.jit helper computes softmax entropy per sample and returns a float exit mask plus exit fraction for an entropy-threshold early exit -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ENTROPY_THRESHOLD = 0.9


@ms.jit
def entropy_exit(logits_early, logits_final):
    probs = ops.softmax(logits_early, axis=-1)
    entropy = -(probs * ops.log(probs + 1e-8)).sum(axis=-1, keepdims=True)
    exit_mask = (entropy < ENTROPY_THRESHOLD).astype(logits_early.dtype)
    merged = exit_mask * logits_early + (1.0 - exit_mask) * logits_final
    return merged, exit_mask.mean()


def make():
    np.random.seed(34)
    early = Tensor((np.random.randn(6, 4) * 3).astype(np.float32))
    final = Tensor(np.random.randn(6, 4).astype(np.float32))
    return entropy_exit, (early, final)
