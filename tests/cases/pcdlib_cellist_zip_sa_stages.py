# case: PointNet++ encoder: set-abstraction stages in an nn.CellList zipped with per-stage npoint/k tuples from config, strided sampling and k-NN grouping -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderConfig:
    def __init__(self, npoints=(32, 16, 8), ks=(8, 8, 4), widths=(16, 32, 64), in_channels=3):
        self.npoints = npoints
        self.ks = ks
        self.widths = widths
        self.in_channels = in_channels


def knn_group(xyz, new_xyz, feats, k):
    d = (new_xyz.expand_dims(2) - xyz.expand_dims(1)).pow(2).sum(-1)
    idx = ops.topk(-d, k, dim=-1)[1]
    b, s, _ = idx.shape
    pts = ops.cat((xyz, feats), axis=-1)
    c = pts.shape[-1]
    g = ops.gather_elements(pts, 1, ops.tile(idx.reshape(b, -1, 1), (1, 1, c))).reshape(b, s, k, c)
    rel = g[..., :3] - new_xyz.expand_dims(2)
    return ops.cat((rel, g[..., 3:]), axis=-1)


class SAStage(nn.Cell):
    def __init__(self, in_channels, out_channels):
        super().__init__()
        self.mlp = nn.SequentialCell([nn.Dense(in_channels + 3, out_channels), nn.ReLU(), nn.Dense(out_channels, out_channels)])

    def construct(self, grouped):
        return self.mlp(grouped).max(axis=2)


class PointNet2Encoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.npoints = tuple(config.npoints)
        self.ks = tuple(config.ks)
        chans = (config.in_channels,) + tuple(config.widths)
        self.stages = nn.CellList([SAStage(chans[i], chans[i + 1]) for i in range(len(config.widths))])

    def construct(self, xyz, feats):
        skips = ()
        for i, (stage, npoint, k) in enumerate(zip(self.stages, self.npoints, self.ks)):
            stride = xyz.shape[1] // npoint
            new_xyz = xyz[:, ::stride][:, :npoint]
            feats = stage(knn_group(xyz, new_xyz, feats, k))
            xyz = new_xyz
            skips = skips + ((xyz, feats),)
        return feats.max(axis=1), len(skips)


def make():
    np.random.seed(3511)
    xyz = Tensor(np.random.rand(2, 64, 3).astype(np.float32))
    feats = Tensor(np.random.randn(2, 64, 3).astype(np.float32))
    return PointNet2Encoder(EncoderConfig()), (xyz, feats)
