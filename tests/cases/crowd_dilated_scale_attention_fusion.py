# case: scale-adaptive block runs parallel dilated convolutions, stacks them and fuses with a softmax attention over scales -> constant CellList loop, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScaleAwareBlock(nn.Cell):
    def __init__(self, ch=6, dilations=(1, 2, 3)):
        super().__init__()
        self.branches = nn.CellList([nn.Conv2d(ch, ch, 3, pad_mode="same", dilation=d) for d in dilations])
        self.att = nn.Conv2d(ch * len(dilations), len(dilations), 1)
        self.head = nn.Conv2d(ch, 1, 1)

    def construct(self, x):
        feats = []
        for branch in self.branches:
            feats.append(ops.relu(branch(x)))
        stacked = ops.stack(feats, axis=1)
        weights = ops.softmax(self.att(ops.concat(feats, axis=1)), axis=1)
        fused = (stacked * weights[:, :, None, :, :]).sum(axis=1)
        return ops.relu(self.head(fused))


def make():
    np.random.seed(44)
    x = np.random.rand(2, 6, 10, 10).astype(np.float32)
    return ScaleAwareBlock(), (Tensor(x),)
