# case: InfoNCE with a verbose flag defaulting to True that prints an f-string of the tensor loss and accuracy in construct -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InfoNCEWithLogging(nn.Cell):
    def __init__(self, temperature=0.07, verbose=True):
        super().__init__()
        self.temperature = temperature
        self.verbose = verbose
        self.norm = ops.L2Normalize(axis=-1)

    def logits(self, q, k):
        return ops.matmul(self.norm(q), self.norm(k).T) / self.temperature

    def accuracy(self, logits, labels):
        pred = logits.argmax(axis=1).astype(ms.int32)
        return (pred == labels).astype(ms.float32).mean()

    def construct(self, q, k):
        logits = self.logits(q, k)
        labels = ops.arange(q.shape[0], dtype=ms.int32)
        loss = ops.cross_entropy(logits, labels)
        if self.verbose:
            acc = self.accuracy(logits, labels)
            print(f"infonce loss={loss.asnumpy():.4f} top1={float(acc):.3f}")
        return loss


def make():
    np.random.seed(19)
    q = Tensor(np.random.randn(8, 16).astype(np.float32))
    k = Tensor(np.random.randn(8, 16).astype(np.float32))
    return InfoNCEWithLogging(), (q, k)
