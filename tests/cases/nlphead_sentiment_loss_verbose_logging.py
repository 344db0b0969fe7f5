# case: sentiment head logs the batch loss and accuracy with float() and an f-string when verbose (default on) -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SentimentHeadWithLogging(nn.Cell):
    def __init__(self, hidden=8, num_labels=3, smoothing=0.05, verbose=True):
        super().__init__()
        self.verbose = verbose
        self.num_labels = num_labels
        self.smoothing = smoothing
        self.pre = nn.Dense(hidden, hidden, activation="gelu")
        self.out = nn.Dense(hidden, num_labels)

    def smoothed_nll(self, logits, labels):
        logp = ops.log_softmax(logits, axis=-1)
        nll = -ops.gather_elements(logp, 1, labels.reshape(-1, 1)).squeeze(1)
        uniform = -logp.mean(axis=-1)
        return ((1.0 - self.smoothing) * nll + self.smoothing * uniform).mean()

    def construct(self, pooled, labels):
        logits = self.out(self.pre(pooled))
        loss = self.smoothed_nll(logits, labels)
        if self.verbose:
            acc = (logits.argmax(axis=-1) == labels).astype(ms.float32).mean()
            print(f"[sentiment] loss={float(loss):.4f} acc={float(acc):.2%}")
        return loss


def make():
    np.random.seed(22)
    pooled = Tensor(np.random.randn(5, 8).astype(np.float32))
    labels = Tensor(np.array([0, 2, 1, 1, 0], dtype=np.int32))
    return SentimentHeadWithLogging(), (pooled, labels)
