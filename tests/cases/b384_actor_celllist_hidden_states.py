# case: actor MLP built as an nn.CellList iterated with enumerate/zip against per-layer activation names, optionally returning all hidden states when output_hidden_states is set -> static graph is fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ActorConfig:
    num_obs = 48
    hidden_dims = [64, 64, 32]
    activations = ["elu", "elu", "tanh"]
    num_actions = 12
    output_hidden_states = True
    init_noise_std = 1.0


ACTS = {"elu": nn.ELU, "tanh": nn.Tanh, "relu": nn.ReLU}


class ActorMLP(nn.Cell):
    def __init__(self, config):
        super().__init__()
        dims = [config.num_obs] + list(config.hidden_dims)
        self.layers = nn.CellList([nn.Dense(a, b) for a, b in zip(dims[:-1], dims[1:])])
        self.acts = nn.CellList([ACTS[name]() for name in config.activations])
        self.head = nn.Dense(dims[-1], config.num_actions)
        self.output_hidden_states = config.output_hidden_states
        self.log_std = ms.Parameter(Tensor(np.full(config.num_actions, np.log(config.init_noise_std), np.float32)),
                                    name="log_std")

    def construct(self, obs, *args, **kwargs):
        h = obs
        hidden = ()
        for i, (layer, act) in enumerate(zip(self.layers, self.acts)):
            h = act(layer(h))
            if self.output_hidden_states:
                hidden = hidden + (h,)
        mean = self.head(h)
        std = ops.exp(self.log_std).broadcast_to(mean.shape)
        outputs = (mean, std)
        return outputs + (hidden,) if self.output_hidden_states else outputs


def make():
    np.random.seed(38)
    return ActorMLP(ActorConfig()), (Tensor(np.random.randn(8, 48).astype(np.float32)),)
