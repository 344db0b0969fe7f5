# case: SkipNet residual blocks with hard gates from a straight-through estimator multiply the residual instead of branching -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GateModule(nn.Cell):
    def __init__(self, ch, hard=True):
        super().__init__()
        self.fc = nn.Dense(ch, 1)
        self.hard = hard

    def construct(self, x):
        soft = ops.sigmoid(self.fc(x.mean(axis=(2, 3))))
        if not self.hard:
            return soft
        hard = (soft > 0.5).astype(soft.dtype)
        return ops.stop_gradient(hard - soft) + soft


class GatedResBlock(nn.Cell):
    def __init__(self, ch):
        super().__init__()
        self.gate = GateModule(ch)
        self.body = nn.SequentialCell([
            nn.Conv2d(ch, ch, 3, pad_mode='same'), nn.BatchNorm2d(ch), nn.ReLU(),
            nn.Conv2d(ch, ch, 3, pad_mode='same'), nn.BatchNorm2d(ch),
        ])

    def construct(self, x):
        g = self.gate(x)
        out = x + g.reshape(-1, 1, 1, 1) * self.body(x)
        return ops.relu(out), g


class SkipNet(nn.Cell):
    def __init__(self, ch=8, num_blocks=3):
        super().__init__()
        self.stem = nn.Conv2d(3, ch, 3, pad_mode='same')
        self.blocks = nn.CellList([GatedResBlock(ch) for _ in range(num_blocks)])

    def construct(self, x):
        h = self.stem(x)
        gates = []
        for blk in self.blocks:
            h, g = blk(h)
            gates.append(g)
        return h.mean(axis=(2, 3)), ops.cat(gates, axis=1)


def make():
    np.random.seed(34)
    net = SkipNet()
    net.set_train(False)
    x = Tensor(np.random.randn(2, 3, 6, 6).astype(np.float32))
    return net, (x,)
