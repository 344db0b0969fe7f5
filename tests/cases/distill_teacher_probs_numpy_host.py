# case: teacher soft targets are sharpened with NumPy on .asnumpy() and wrapped back into a Tensor inside construct -> host round trip in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SharpenedKD(nn.Cell):
    def __init__(self, temperature=2.0, sharpen=0.5):
        super().__init__()
        self.t = temperature
        self.sharpen = sharpen

    def sharpen_targets(self, t_logits):
        p = np.exp(t_logits.asnumpy() / self.t)
        p = p / p.sum(axis=-1, keepdims=True)
        p = p ** (1.0 / self.sharpen)
        return Tensor(p / p.sum(axis=-1, keepdims=True), ms.float32)

    def construct(self, s_logits, t_logits):
        p_t = self.sharpen_targets(t_logits)
        log_p_s = ops.log_softmax(s_logits / self.t, axis=-1)
        return -(p_t * log_p_s).sum(axis=-1).mean()


def make():
    np.random.seed(28)
    s = Tensor(np.random.randn(4, 6).astype(np.float32))
    t = Tensor(np.random.randn(4, 6).astype(np.float32))
    return SharpenedKD(), (s, t)
