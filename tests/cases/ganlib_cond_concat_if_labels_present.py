# case: conditional generator input layer concatenates the label embedding only when the batch actually carries labels (label sum > 0, checked on the tensor), otherwise passes z through unchanged -> tensor condition with branches of different widths, Graph mode should reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CondConfig:
    def __init__(self, z_dim=16, num_classes=4, embed_dim=4, allow_unconditional=True):
        self.z_dim = z_dim
        self.num_classes = num_classes
        self.embed_dim = embed_dim
        self.allow_unconditional = allow_unconditional


class ConditionalInput(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.allow_unconditional = config.allow_unconditional
        self.embed = nn.Dense(config.num_classes, config.embed_dim, has_bias=False)

    def _maybe_concat_label(self, z, c):
        if self.allow_unconditional and c.sum() == 0:
            return z
        return ops.concat((z, self.embed(c)), axis=1)

    def construct(self, z, c=None):
        if c is None:
            return z
        return self._maybe_concat_label(z, c)


class CondMapping(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.inp = ConditionalInput(config)
        self.z_dim = config.z_dim
        self.fc_uncond = nn.Dense(config.z_dim, 16)
        self.fc_cond = nn.Dense(config.z_dim + config.embed_dim, 16)

    def construct(self, z, c=None):
        h = self.inp(z, c)
        fc = self.fc_uncond if h.shape[1] == self.z_dim else self.fc_cond
        return ops.leaky_relu(fc(h), 0.2)


def make():
    np.random.seed(3574)
    net = CondMapping(CondConfig())
    z = Tensor(np.random.randn(2, 16).astype(np.float32))
    c = Tensor(np.eye(4, dtype=np.float32)[[1, 3]])
    return net, (z, c)
