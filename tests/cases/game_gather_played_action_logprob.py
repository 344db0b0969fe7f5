# case: REINFORCE loss for self-play games: gather_elements picks the log-prob of each played move, weighted by the game return -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PolicyGradientLoss(nn.Cell):
    def __init__(self, obs_dim=12, num_actions=6, entropy_coef=0.01):
        super().__init__()
        self.policy = nn.SequentialCell([nn.Dense(obs_dim, 32), nn.Tanh(), nn.Dense(32, num_actions)])
        self.entropy_coef = entropy_coef

    def construct(self, observations, actions, returns):
        log_probs = ops.log_softmax(self.policy(observations), -1)
        taken = ops.gather_elements(log_probs, 1, actions.reshape(-1, 1)).squeeze(-1)
        entropy = -ops.sum(ops.exp(log_probs) * log_probs, -1)
        baseline = returns.mean()
        loss = -ops.mean(taken * (returns - baseline)) - self.entropy_coef * entropy.mean()
        return loss


def make():
    np.random.seed(34)
    obs = Tensor(np.random.randn(10, 12).astype(np.float32))
    actions = Tensor(np.random.randint(0, 6, 10).astype(np.int32))
    returns = Tensor(np.random.choice([-1.0, 1.0], size=10).astype(np.float32))
    return PolicyGradientLoss(), (obs, actions, returns)
