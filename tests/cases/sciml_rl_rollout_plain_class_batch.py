# case: PPO minibatch wrapped in a plain Python container class built inside construct from tensors -> compile error at line 34
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Transition:
    def __init__(self, obs, actions, rewards):
        self.obs = obs
        self.actions = actions
        self.rewards = rewards

    def normalized_rewards(self):
        return (self.rewards - self.rewards.mean()) / (self.rewards.std() + 1e-6)


class Policy(nn.Cell):
    def __init__(self, obs_dim=6, n_actions=3):
        super().__init__()
        self.net = nn.Dense(obs_dim, n_actions)
        self.log_softmax = nn.LogSoftmax(-1)

    def construct(self, obs):
        return self.log_softmax(self.net(obs))


class ReinforceLoss(nn.Cell):
    def __init__(self, policy, baseline=True):
        super().__init__()
        self.policy = policy
        self.baseline = baseline

    def construct(self, obs, actions, rewards):
        batch = Transition(obs, actions, rewards)
        logp = ops.gather_elements(self.policy(batch.obs), 1, batch.actions.expand_dims(-1)).squeeze(-1)
        weight = batch.normalized_rewards() if self.baseline else batch.rewards
        return -(logp * weight).mean()


def make():
    np.random.seed(20)
    obs = Tensor(np.random.rand(10, 6).astype(np.float32))
    act = Tensor(np.random.randint(0, 3, 10).astype(np.int32))
    rew = Tensor(np.random.rand(10).astype(np.float32))
    return ReinforceLoss(Policy()), (obs, act, rew)
