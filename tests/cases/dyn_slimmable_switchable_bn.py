# case: slimmable conv block with switchable BatchNorm per width, active width index set as a config attribute -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SwitchableBatchNorm2d(nn.Cell):
    def __init__(self, channels_list):
        super().__init__()
        self.bns = nn.CellList([nn.BatchNorm2d(c) for c in channels_list])
        self.width_idx = len(channels_list) - 1

    def construct(self, x):
        return self.bns[self.width_idx](x)


class SlimmableConvBN(nn.Cell):
    def __init__(self, in_ch=3, max_out=16, width_mults=(0.25, 0.5, 1.0)):
        super().__init__()
        self.out_list = [int(max_out * m) for m in width_mults]
        w = np.random.randn(max_out, in_ch, 3, 3).astype(np.float32) * 0.1
        self.weight = Parameter(Tensor(w), name="weight")
        self.bn = SwitchableBatchNorm2d(self.out_list)
        self.width_idx = len(width_mults) - 1

    def set_width(self, idx):
        self.width_idx = idx
        self.bn.width_idx = idx

    def construct(self, x):
        out_ch = self.out_list[self.width_idx]
        w = self.weight[:out_ch, :x.shape[1]]
        y = ops.conv2d(x, w, pad_mode='same')
        return ops.relu(self.bn(y))


def make():
    np.random.seed(32)
    net = SlimmableConvBN()
    net.set_width(1)
    net.set_train(False)
    x = Tensor(np.random.randn(2, 3, 6, 6).astype(np.float32))
    return net, (x,)
