# case: coarse-to-fine NeRF zips an nn.CellList of coarse/fine networks with their per-stage sample counts and renders each stage -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class C2FConfig:
    def __init__(self, hidden=16, n_samples=(8, 16), near=2.0, far=6.0, stage_names=("coarse", "fine")):
        self.hidden = hidden
        self.n_samples = n_samples
        self.near = near
        self.far = far
        self.stage_names = stage_names


def make_mlp(hidden):
    return nn.SequentialCell([nn.Dense(3, hidden), nn.ReLU(), nn.Dense(hidden, 4)])


def composite(raw, z):
    delta = (z[-1] - z[0]) / (z.shape[0] - 1)
    alpha = 1.0 - ops.exp(-ops.relu(raw[..., 3]) * delta)
    trans = ops.cumprod(ops.concat((ops.ones_like(alpha[:, :1]), 1.0 - alpha[:, :-1]), -1), dim=-1)
    return ((alpha * trans)[..., None] * ops.sigmoid(raw[..., :3])).sum(axis=1)


class CoarseToFineNeRF(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.nets = nn.CellList([make_mlp(config.hidden) for _ in config.stage_names])
        self.z_stages = [Tensor(np.linspace(config.near, config.far, n, dtype=np.float32)) for n in config.n_samples]
        self.stage_names = config.stage_names

    def construct(self, rays_o, rays_d):
        outputs = ()
        for name, net, z in zip(self.stage_names, self.nets, self.z_stages):
            pts = rays_o[:, None] + rays_d[:, None] * z[None, :, None]
            outputs = outputs + (composite(net(pts), z),)
        return outputs


def make():
    np.random.seed(112)
    o = np.random.randn(12, 3).astype(np.float32)
    d = np.random.randn(12, 3).astype(np.float32)
    return CoarseToFineNeRF(C2FConfig()), (Tensor(o), Tensor(d))
