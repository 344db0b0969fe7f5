# case: NeRF model returns a tuple because return_dict is False by default (the output-class path is unreachable) and appends weights only if output_weights -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ModelConfig:
    def __init__(self, hidden=32, n_samples=12, return_dict=False, output_weights=True):
        self.hidden = hidden
        self.n_samples = n_samples
        self.return_dict = return_dict
        self.output_weights = output_weights


class NeRFOutput:
    def __init__(self, rgb, depth, weights=None):
        self.rgb = rgb
        self.depth = depth
        self.weights = weights


class NeRFMLP(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.return_dict = config.return_dict
        self.output_weights = config.output_weights
        self.z = Tensor(np.linspace(2.0, 6.0, config.n_samples, dtype=np.float32))
        self.mlp = nn.SequentialCell([nn.Dense(3, config.hidden), nn.ReLU(), nn.Dense(config.hidden, 4)])

    def _weights(self, sigma):
        alpha = 1.0 - ops.exp(-ops.relu(sigma) * 0.3)
        shifted = ops.concat((ops.ones_like(alpha[:, :1]), 1.0 - alpha[:, :-1] + 1e-10), axis=-1)
        return alpha * ops.cumprod(shifted, dim=-1)

    def construct(self, rays_o, rays_d):
        pts = rays_o[:, None] + rays_d[:, None] * self.z[None, :, None]
        raw = self.mlp(pts)
        w = self._weights(raw[..., 3])
        rgb = (w[..., None] * ops.sigmoid(raw[..., :3])).sum(axis=1)
        depth = (w * self.z).sum(axis=-1)
        if self.return_dict:
            return NeRFOutput(rgb, depth, w)
        outputs = (rgb, depth)
        outputs = outputs + (w,) if self.output_weights else outputs
        return outputs


def make():
    np.random.seed(109)
    o = np.random.randn(10, 3).astype(np.float32)
    d = np.random.randn(10, 3).astype(np.float32)
    return NeRFMLP(ModelConfig()), (Tensor(o), Tensor(d))
