# case: same return_dict-style generator but the config default is return_dict=False and no caller changes it, so the branch building the output class is never taken and a flag-length tuple is returned -> expected fine in Graph mode (dead branch)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GeneratorConfig:
    def __init__(self, z_dim=16, ngf=8, use_return_dict=False, output_hidden_states=True):
        self.z_dim = z_dim
        self.ngf = ngf
        self.use_return_dict = use_return_dict
        self.output_hidden_states = output_hidden_states


class GeneratorOutput:
    def __init__(self, images, hidden_states=None):
        self.images = images
        self.hidden_states = hidden_states


class DCGenerator(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_return_dict = config.use_return_dict
        self.output_hidden_states = config.output_hidden_states
        self.ngf = config.ngf
        self.fc = nn.Dense(config.z_dim, config.ngf * 16)
        self.ups = nn.CellList([nn.Conv2dTranspose(config.ngf, config.ngf, 4, stride=2, pad_mode="same")
                                for _ in range(2)])
        self.to_rgb = nn.Conv2d(config.ngf, 3, 1)

    def construct(self, z):
        x = self.fc(z).reshape(-1, self.ngf, 4, 4)
        all_hidden = ()
        for up in self.ups:
            if self.output_hidden_states:
                all_hidden = all_hidden + (x,)
            x = ops.relu(up(x))
        img = ops.tanh(self.to_rgb(x))
        if self.use_return_dict:
            return GeneratorOutput(images=img, hidden_states=all_hidden)
        outputs = (img, all_hidden) if self.output_hidden_states else (img,)
        return outputs


def make():
    np.random.seed(3562)
    net = DCGenerator(GeneratorConfig())
    z = Tensor(np.random.randn(2, 16).astype(np.float32))
    return net, (z,)
