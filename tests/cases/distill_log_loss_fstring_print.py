# case: KD loss cell logs each component with print of an f-string built from tensors inside construct -> f-string of tensor values in graph mode (error or host print)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VerboseKD(nn.Cell):
    def __init__(self, temperature=4.0, alpha=0.5, verbose=True):
        super().__init__()
        self.t = temperature
        self.alpha = alpha
        self.verbose = verbose
        self.ce = nn.CrossEntropyLoss()

    def construct(self, s_logits, t_logits, labels):
        p_t = ops.softmax(t_logits / self.t, axis=-1)
        kd = -(p_t * ops.log_softmax(s_logits / self.t, axis=-1)).sum(-1).mean() * self.t ** 2
        ce = self.ce(s_logits, labels)
        if self.verbose:
            print(f"kd={kd.asnumpy():.4f} ce={ce.asnumpy():.4f}")
        return self.alpha * kd + (1 - self.alpha) * ce


def make():
    np.random.seed(23)
    s = Tensor(np.random.randn(4, 6).astype(np.float32))
    t = Tensor(np.random.randn(4, 6).astype(np.float32))
    y = Tensor(np.random.randint(0, 6, size=(4,)).astype(np.int32))
    return VerboseKD(), (s, t, y)
