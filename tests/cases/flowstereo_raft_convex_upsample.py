# case: RAFT convex upsampling of 1/8 flow with a learned 9-neighbour softmax mask, neighbours gathered by static shifts -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvexUpsampler(nn.Cell):
    def __init__(self, hidden=8, factor=4):
        super().__init__()
        self.factor = factor
        self.mask_head = nn.Conv2d(hidden, 9 * factor * factor, 1)

    def neighbours(self, flow):
        _, _, h, w = flow.shape
        p = ops.pad(flow, (1, 1, 1, 1), mode='replicate')
        nb = [p[:, :, dy:dy + h, dx:dx + w] for dy in range(3) for dx in range(3)]
        return ops.stack(nb, axis=2)  # B,2,9,H,W

    def construct(self, flow, net):
        b, _, h, w = flow.shape
        f = self.factor
        mask = self.mask_head(net).reshape(b, 1, 9, f, f, h, w)
        mask = ops.softmax(mask, axis=2)
        nb = self.neighbours(f * flow).reshape(b, 2, 9, 1, 1, h, w)
        up = (mask * nb).sum(axis=2)  # B,2,f,f,H,W
        up = up.transpose(0, 1, 4, 2, 5, 3)
        return up.reshape(b, 2, h * f, w * f)


def make():
    np.random.seed(34)
    flow = Tensor(np.random.randn(1, 2, 3, 4).astype(np.float32))
    net = Tensor(np.random.randn(1, 8, 3, 4).astype(np.float32))
    return ConvexUpsampler(), (flow, net)
