# case: tiled inference wrapper logs the change ratio with an f-string containing a tensor (verbose defaults True) -> f-string formatting of tensor values in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InferConfig:
    def __init__(self, threshold=0.5, verbose=True, prefix="[cd-infer]"):
        self.threshold = threshold
        self.verbose = verbose
        self.prefix = prefix


class LoggingPredictor(nn.Cell):
    def __init__(self, head, config):
        super().__init__()
        self.head = head
        self.threshold = config.threshold
        self.verbose = config.verbose
        self.prefix = config.prefix

    def _log(self, binary):
        ratio = binary.mean()
        msg = f"{self.prefix} changed fraction: {ratio}"
        print(msg)

    def construct(self, feat_t1, feat_t2):
        prob = ops.sigmoid(self.head(ops.abs(feat_t1 - feat_t2)))
        binary = (prob > self.threshold).astype(ms.float32)
        if self.verbose:
            self._log(binary)
        return binary


def make():
    np.random.seed(22)
    head = nn.Conv2d(8, 1, 1)
    a = Tensor(np.random.randn(1, 8, 16, 16).astype(np.float32))
    b = Tensor(np.random.randn(1, 8, 16, 16).astype(np.float32))
    return LoggingPredictor(head, InferConfig()), (a, b)
