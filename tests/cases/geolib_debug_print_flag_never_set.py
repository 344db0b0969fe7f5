# case: change-detection head with a verbose f-string print of the logits under config.debug, which defaults to False and no caller sets -> print branch never compiled in, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChangeHeadConfig:
    def __init__(self, channels=8, num_classes=2, debug=False, dropout=0.1):
        self.channels = channels
        self.num_classes = num_classes
        self.debug = debug
        self.dropout = dropout


class DifferenceHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.debug = getattr(config, "debug", False)
        self.drop = nn.Dropout(p=config.dropout)
        self.cls = nn.Conv2d(config.channels, config.num_classes, 1)

    def construct(self, feat_t0, feat_t1):
        diff = ops.abs(feat_t1 - feat_t0)
        logits = self.cls(self.drop(diff))
        if self.debug:
            print(f"change logits {logits.shape} max={logits.max().asnumpy():.3f}")
        return logits


def make():
    np.random.seed(3392)
    a = Tensor(np.random.rand(2, 8, 16, 16).astype(np.float32))
    b = Tensor(np.random.rand(2, 8, 16, 16).astype(np.float32))
    net = DifferenceHead(ChangeHeadConfig())
    net.set_train(False)
    return net, (a, b)
