# case: multi-exit network logs per-exit mean confidence with print of an f-string in verbose mode (default on) -> compile error at line 35 (STRICT)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Stage(nn.Cell):
    def __init__(self, in_ch, out_ch):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, out_ch, 3, stride=2, pad_mode='same')
        self.bn = nn.BatchNorm2d(out_ch)

    def construct(self, x):
        return ops.relu(self.bn(self.conv(x)))


class MultiExitNet(nn.Cell):
    def __init__(self, channels=(3, 8, 16), num_classes=5, verbose=True):
        super().__init__()
        self.stages = nn.CellList([Stage(channels[i], channels[i + 1]) for i in range(len(channels) - 1)])
        self.exits = nn.CellList([nn.Dense(c, num_classes) for c in channels[1:]])
        self.verbose = verbose

    def exit_logits(self, i, h):
        return self.exits[i](h.mean(axis=(2, 3)))

    def construct(self, x):
        h = x
        all_logits = ()
        for i in range(len(self.stages)):
            h = self.stages[i](h)
            logits = self.exit_logits(i, h)
            conf = ops.softmax(logits, axis=-1).max(axis=-1).mean()
            if self.verbose:
                print(f"exit {i}: mean confidence {conf}")
            all_logits = all_logits + (logits,)
        return all_logits


def make():
    np.random.seed(15)
    net = MultiExitNet()
    net.set_train(False)
    x = Tensor(np.random.randn(2, 3, 8, 8).astype(np.float32))
    return net, (x,)
