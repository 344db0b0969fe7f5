# case: multi-task policy chooses between a delta-pose head and an absolute-pose head with an if on a per-call mode tensor; both heads output the same 7-dim action -> tensor condition but equal branch shapes, expect Graph mode to compile with control flow
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeadConfig:
    def __init__(self, hidden=24, action_dim=7, delta_scale=0.05):
        self.hidden = hidden
        self.action_dim = action_dim
        self.delta_scale = delta_scale


class DualModeHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.delta_scale = config.delta_scale
        self.delta_head = nn.Dense(config.hidden, config.action_dim)
        self.abs_head = nn.Dense(config.hidden, config.action_dim)

    def construct(self, h, current_pose, use_delta):
        if use_delta > 0:
            action = current_pose + self.delta_scale * ops.tanh(self.delta_head(h))
        else:
            action = self.abs_head(h)
        return action


def make():
    np.random.seed(14)
    h = Tensor(np.random.randn(3, 24).astype(np.float32))
    pose = Tensor(np.random.randn(3, 7).astype(np.float32))
    return DualModeHead(HeadConfig()), (h, pose, Tensor(1, ms.int32))
