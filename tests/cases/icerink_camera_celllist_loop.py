# case: multi-camera crowd density encoder looping over a CellList of per-camera stems and fusing them -> loop over Python-known cells, compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CameraStem(nn.Cell):
    def __init__(self, in_ch=3, out_ch=6):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, out_ch, 3, stride=2, pad_mode="same")
        self.bn = nn.BatchNorm2d(out_ch)
        self.act = nn.ReLU()

    def construct(self, x):
        return self.act(self.bn(self.conv(x)))


class MultiCameraDensity(nn.Cell):
    def __init__(self, n_cameras=3, width=6):
        super().__init__()
        self.stems = nn.CellList([CameraStem(3, width) for _ in range(n_cameras)])
        self.fuse = nn.Conv2d(width * n_cameras, 1, 1)

    def construct(self, views):
        feats = []
        for i, stem in enumerate(self.stems):
            feats.append(stem(views[i]))
        fused = self.fuse(ops.concat(feats, axis=1))
        density = ops.relu(fused)
        return density, density.sum(axis=(1, 2, 3))


def make():
    np.random.seed(3147)
    views = np.random.rand(3, 2, 3, 16, 16).astype(np.float32)
    net = MultiCameraDensity()
    net.set_train(False)
    return net, (Tensor(views),)
