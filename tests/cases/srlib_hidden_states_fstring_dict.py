# case: residual-group body collects intermediate features in a dict keyed by f-strings when output_hidden_states is set and returns it next to the output -> dict with f-string keys built and returned from construct, expected static or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BodyConfig:
    def __init__(self, num_feat=8, num_groups=3, output_hidden_states=True):
        self.num_feat = num_feat
        self.num_groups = num_groups
        self.output_hidden_states = output_hidden_states


class ResidualGroup(nn.Cell):
    def __init__(self, num_feat):
        super().__init__()
        self.conv1 = nn.Conv2d(num_feat, num_feat, 3, pad_mode="same", has_bias=True)
        self.conv2 = nn.Conv2d(num_feat, num_feat, 3, pad_mode="same", has_bias=True)

    def construct(self, x):
        return x + self.conv2(ops.relu(self.conv1(x)))


class ResidualBody(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.groups = nn.CellList([ResidualGroup(config.num_feat) for _ in range(config.num_groups)])
        self.output_hidden_states = config.output_hidden_states

    def construct(self, x, output_hidden_states=None):
        if output_hidden_states is None:
            output_hidden_states = self.output_hidden_states
        hidden = {}
        for i, group in enumerate(self.groups):
            x = group(x)
            if output_hidden_states:
                hidden[f"group_{i}"] = x
        return x, hidden


def make():
    np.random.seed(35)
    x = Tensor(np.random.randn(1, 8, 5, 5).astype(np.float32))
    return ResidualBody(BodyConfig()), (x,)
