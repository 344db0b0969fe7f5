# case: @ms.jit top-k accuracy with k from a module constant using TopK and broadcast compare; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TOPK = (1, 5)


@ms.jit
def topk_accuracy(logits, labels):
    _, pred = ops.topk(logits, max(TOPK))
    hit = pred == labels.reshape(-1, 1)
    hit = hit.astype(ms.float32)
    results = []
    for k in TOPK:
        correct_k = hit[:, :k].sum()
        results.append(correct_k * (100.0 / logits.shape[0]))
    return results[0], results[1]


def make():
    logits = Tensor(np.random.randn(32, 10).astype(np.float32))
    labels = Tensor(np.random.randint(0, 10, (32,)).astype(np.int32))
    return topk_accuracy, (logits, labels)
