# case: discrete policy gathers only the logits of valid actions before softmax -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedDiscretePolicy(nn.Cell):
    """Discrete-action policy for a gripper; invalid actions are removed."""

    def __init__(self, obs_dim=12, num_actions=6, hidden=32, temperature=1.0):
        super().__init__()
        self.backbone = nn.SequentialCell(
            nn.Dense(obs_dim, hidden), nn.ReLU(),
            nn.Dense(hidden, hidden), nn.ReLU(),
        )
        self.logits_head = nn.Dense(hidden, num_actions)
        self.temperature = temperature
        self.softmax = nn.Softmax(axis=-1)

    def valid_distribution(self, logits, action_mask):
        # keep only actions the controller is allowed to take
        valid = ops.masked_select(logits, action_mask)
        return self.softmax(valid / self.temperature)

    def construct(self, obs, action_mask):
        feat = self.backbone(obs)
        logits = self.logits_head(feat)
        probs = self.valid_distribution(logits, action_mask)
        entropy = -(probs * ops.log(probs + 1e-8)).sum()
        return probs, entropy


def make():
    np.random.seed(0)
    obs = Tensor(np.random.randn(1, 12).astype(np.float32))
    mask = Tensor(np.array([[True, False, True, True, False, True]]))
    return MaskedDiscretePolicy(), (obs, mask)
