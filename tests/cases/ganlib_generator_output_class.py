# case: generator returns a GeneratorOutput object (plain Python class holding images, ws and an optional feature tuple) because config.return_dict defaults to True -> plain class instance built and returned from construct, Graph mode should reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GeneratorConfig:
    def __init__(self, z_dim=16, ngf=8, return_dict=True, output_hidden_states=False):
        self.z_dim = z_dim
        self.ngf = ngf
        self.return_dict = return_dict
        self.output_hidden_states = output_hidden_states


class GeneratorOutput:
    def __init__(self, images, ws=None, hidden_states=None):
        self.images = images
        self.ws = ws
        self.hidden_states = hidden_states


class DCGenerator(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.ngf = config.ngf
        self.fc = nn.Dense(config.z_dim, config.ngf * 16)
        self.ups = nn.CellList([nn.Conv2dTranspose(config.ngf, config.ngf, 4, stride=2, pad_mode="same")
                                for _ in range(2)])
        self.to_rgb = nn.Conv2d(config.ngf, 3, 1)

    def construct(self, z, return_dict=None):
        return_dict = return_dict if return_dict is not None else self.config.return_dict
        x = self.fc(z).reshape(-1, self.ngf, 4, 4)
        hidden = ()
        for up in self.ups:
            x = ops.relu(up(x))
            hidden = hidden + (x,)
        img = ops.tanh(self.to_rgb(x))
        if not return_dict:
            return (img, z) + (hidden if self.config.output_hidden_states else ())
        return GeneratorOutput(images=img, ws=z, hidden_states=hidden if self.config.output_hidden_states else None)


def make():
    np.random.seed(3561)
    net = DCGenerator(GeneratorConfig())
    z = Tensor(np.random.randn(2, 16).astype(np.float32))
    return net, (z,)
