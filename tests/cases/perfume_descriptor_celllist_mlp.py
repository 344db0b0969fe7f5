# case: multi-label odour descriptor MLP over Morgan fingerprints with residual blocks held in an nn.CellList and a dropout flag -> loop over CellList and config flags, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResidualBlock(nn.Cell):
    def __init__(self, width, p_drop):
        super().__init__()
        self.fc = nn.Dense(width, width)
        self.norm = nn.LayerNorm((width,))
        self.drop = nn.Dropout(p=p_drop)

    def construct(self, x):
        return x + self.drop(ops.gelu(self.norm(self.fc(x))))


class OdourMLP(nn.Cell):
    def __init__(self, n_bits=512, width=64, depth=3, n_desc=138, p_drop=0.1, use_temperature=True):
        super().__init__()
        self.inp = nn.Dense(n_bits, width)
        self.blocks = nn.CellList([ResidualBlock(width, p_drop) for _ in range(depth)])
        self.out = nn.Dense(width, n_desc)
        self.use_temperature = use_temperature
        self.temperature = 1.5

    def construct(self, fp):
        h = ops.relu(self.inp(fp))
        for blk in self.blocks:
            h = blk(h)
        logits = self.out(h)
        if self.use_temperature:
            logits = logits / self.temperature
        return ops.sigmoid(logits)


def make():
    np.random.seed(201)
    fp = Tensor((np.random.rand(8, 512) > 0.9).astype(np.float32))
    net = OdourMLP()
    net.set_train(False)
    return net, (fp,)
