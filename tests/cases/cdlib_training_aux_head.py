# case: change detector with a deep-supervision auxiliary head used only under `if self.training`, evaluated in inference mode -> branch on the training flag, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DSConfig:
    def __init__(self, channels=8, aux_weight=0.4, use_aux=True):
        self.channels = channels
        self.aux_weight = aux_weight
        self.use_aux = use_aux


class ConvBNReLU(nn.SequentialCell):
    def __init__(self, cin, cout):
        super().__init__([nn.Conv2d(cin, cout, 3, pad_mode="same"), nn.BatchNorm2d(cout), nn.ReLU()])


class DeepSupervisedCD(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.enc = ConvBNReLU(3, config.channels)
        self.mid = ConvBNReLU(config.channels, config.channels)
        self.head = nn.Conv2d(config.channels, 1, 1)
        self.aux_head = nn.Conv2d(config.channels, 1, 1) if config.use_aux else None
        self.aux_weight = config.aux_weight

    def construct(self, img_t1, img_t2):
        d = ops.abs(self.enc(img_t1) - self.enc(img_t2))
        m = self.mid(d)
        logit = self.head(m)
        if self.training and self.aux_head is not None:
            aux = self.aux_head(d)
            return logit, aux * self.aux_weight
        return (logit,)


def make():
    np.random.seed(41)
    a = Tensor(np.random.rand(1, 3, 16, 16).astype(np.float32))
    b = Tensor(np.random.rand(1, 3, 16, 16).astype(np.float32))
    net = DeepSupervisedCD(DSConfig())
    net.set_train(False)
    return net, (a, b)
