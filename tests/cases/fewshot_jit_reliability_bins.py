# case: @ms.jit reliability-diagram statistics with a fixed number of bins, computed by masks and ops.select -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_BINS = 5


@ms.jit
def reliability_stats(probs, labels):
    conf = probs.max(axis=-1)
    pred = probs.argmax(axis=-1).astype(ms.int32)
    correct = (pred == labels).astype(ms.float32)
    zeros = ops.zeros_like(conf)
    accs = []
    confs = []
    counts = []
    for b in range(N_BINS):
        lo = b / N_BINS
        hi = (b + 1) / N_BINS
        in_bin = ops.logical_and(conf > lo, conf <= hi)
        n = ops.select(in_bin, ops.ones_like(conf), zeros).sum()
        denom = ops.maximum(n, 1.0)
        accs.append(ops.select(in_bin, correct, zeros).sum() / denom)
        confs.append(ops.select(in_bin, conf, zeros).sum() / denom)
        counts.append(n)
    counts = ops.stack(counts)
    gaps = ops.abs(ops.stack(accs) - ops.stack(confs))
    ece = (gaps * counts).sum() / conf.shape[0]
    return ops.stack(accs), ops.stack(confs), ece


def make():
    np.random.seed(45)
    logits = np.random.randn(30, 4).astype(np.float32) * 2
    probs = np.exp(logits) / np.exp(logits).sum(-1, keepdims=True)
    labels = np.random.randint(0, 4, size=(30,)).astype(np.int32)
    return reliability_stats, (Tensor(probs.astype(np.float32)), Tensor(labels))
