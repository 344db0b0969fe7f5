# case: @ms.jit metric function calls .asnumpy() on predictions and uses np.mean for accuracy; expect error at STRICT, interpreted fallback (dynamic) at LAX
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def accuracy(logits, labels):
    pred = logits.argmax(axis=-1)
    correct = (pred == labels).asnumpy()
    acc = np.mean(correct)
    return Tensor(acc, ms.float32)


def make():
    logits = Tensor(np.random.RandomState(13).randn(8, 4).astype(np.float32))
    labels = Tensor(np.array([0, 1, 2, 3, 0, 1, 2, 3], np.int32))
    return accuracy, (logits, labels)
