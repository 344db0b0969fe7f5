# case: empirical observation normaliser subclassing nn.LayerNorm with running mean/var Parameters created in a helper and updated only under self.training, plus optional clip -> static graph is fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class NormConfig:
    num_obs = 45
    clip_obs = 100.0
    momentum = 0.01
    use_layer_norm = False


class EmpiricalObsNorm(nn.LayerNorm):
    def __init__(self, config):
        super().__init__((config.num_obs,), begin_norm_axis=-1, begin_params_axis=-1)
        self.clip_obs = getattr(config, "clip_obs", None)
        self.momentum = config.momentum
        self.use_layer_norm = config.use_layer_norm
        self._create_stats(config.num_obs)

    def _create_stats(self, n):
        self.obs_mean = Parameter(Tensor(np.zeros(n, np.float32)), name="obs_mean", requires_grad=False)
        self.obs_var = Parameter(Tensor(np.ones(n, np.float32)), name="obs_var", requires_grad=False)

    def construct(self, obs):
        if self.use_layer_norm:
            return super().construct(obs)
        if self.training:
            m = self.momentum
            ops.assign(self.obs_mean, (1 - m) * self.obs_mean + m * obs.mean(0))
            ops.assign(self.obs_var, (1 - m) * self.obs_var + m * obs.var(0))
        out = (obs - self.obs_mean) / ops.sqrt(self.obs_var + 1e-8)
        if self.clip_obs is not None:
            out = ops.clamp(out, -self.clip_obs, self.clip_obs)
        return out


def make():
    np.random.seed(37)
    net = EmpiricalObsNorm(NormConfig())
    net.set_train(True)
    return net, (Tensor(np.random.randn(16, 45).astype(np.float32) * 3),)
