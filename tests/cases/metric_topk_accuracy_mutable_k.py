# case: @ms.jit top-k hit rate where k is passed as ms.mutable(int) so topk's k is not a constant; expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit
def acc_at_k(logits, labels, k):
    _, idx = ops.topk(logits, k)
    hit = (idx == labels.reshape(-1, 1)).any(-1)
    return hit.astype(ms.float32).mean()


def make():
    logits = Tensor(np.random.randn(8, 10).astype(np.float32))
    labels = Tensor(np.random.randint(0, 10, 8).astype(np.int32))
    return acc_at_k, (logits, labels, ms.mutable(3))
