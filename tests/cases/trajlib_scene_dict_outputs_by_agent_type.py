# case: scene forecaster collects per-agent-type predictions in a dict keyed by type name from a module constant and returns the dict -> dict built and returned in construct, expect static or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

AGENT_TYPES = ("vehicle", "pedestrian", "cyclist")


class TypeHeadsConfig:
    def __init__(self, hidden_size=32, future_steps=12, agent_types=AGENT_TYPES):
        self.hidden_size = hidden_size
        self.future_steps = future_steps
        self.agent_types = agent_types


class PerTypeForecaster(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.agent_types = config.agent_types
        self.t = config.future_steps
        self.heads = nn.CellList([nn.Dense(config.hidden_size, self.t * 2) for _ in self.agent_types])

    def construct(self, agent_feat, type_onehot):
        outputs = {}
        for i, (name, head) in enumerate(zip(self.agent_types, self.heads)):
            w = type_onehot[:, i:i + 1]
            outputs[name] = head(agent_feat).reshape(-1, self.t, 2) * w.expand_dims(-1)
        outputs["combined"] = sum(outputs[n] for n in self.agent_types)
        return outputs


def make():
    np.random.seed(28)
    feat = Tensor(np.random.randn(5, 32).astype(np.float32))
    types = np.eye(3, dtype=np.float32)[np.array([0, 1, 2, 0, 0])]
    return PerTypeForecaster(TypeHeadsConfig()), (feat, Tensor(types))
