# case: a focal loss whose config is the config class itself (config=FocalConfig) with debug = True in its body -> the host-side dump is compiled: LAX falls back, STRICT rejects .asnumpy()
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FocalConfig:
    gamma = 2.0
    alpha = None
    include_background = True
    debug = True


class FocalLoss(nn.Cell):
    def __init__(self, config=FocalConfig, weight=None):
        super().__init__()
        self.gamma = config.gamma
        self.alpha = config.alpha
        self.include_background = config.include_background
        self.debug = config.debug
        self.weight = weight

    def _debug_dump(self, per_class):
        host = per_class.asnumpy()
        print("focal per-class:", np.round(host, 4).tolist())

    def construct(self, logits, target):
        if not self.include_background:
            logits, target = logits[:, 1:], target[:, 1:]
        logp = ops.log_softmax(logits, axis=1)
        p = ops.exp(logp)
        loss = -target * ((1.0 - p) ** self.gamma) * logp
        if self.alpha is not None:
            loss = loss * self.alpha
        if self.weight is not None:
            loss = loss * self.weight.reshape(1, -1, 1, 1, 1)
        per_class = loss.mean(axis=(0, 2, 3, 4))
        if self.debug:
            self._debug_dump(per_class)
        return per_class.sum()


def make():
    np.random.seed(19)
    logits = Tensor(np.random.randn(2, 3, 6, 6, 6).astype(np.float32))
    lab = np.random.randint(0, 3, size=(2, 6, 6, 6))
    target = Tensor(np.eye(3, dtype=np.float32)[lab].transpose(0, 4, 1, 2, 3))
    return FocalLoss(), (logits, target)
