# case: random rollout that keeps stepping while the accumulated score tensor is below a threshold, collecting rewards in a list -> tensor-driven while loop with a growing list fails or goes dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RandomRollout(nn.Cell):
    def __init__(self, threshold=10.0, max_steps=40, discount=0.95):
        super().__init__()
        self.threshold = threshold
        self.max_steps = max_steps
        self.discount = discount

    def step(self, state, noise):
        return ops.relu(state + noise)

    def construct(self, state, step_noise):
        rewards = []
        t = 0
        while state.sum() < self.threshold and t < self.max_steps:
            state = self.step(state, step_noise[t])
            rewards.append(state.mean() * (self.discount ** t))
            t += 1
        returns = ops.stack(rewards)
        return returns.sum(), returns


def make():
    np.random.seed(2)
    state = Tensor(np.zeros(4, dtype=np.float32))
    noise = Tensor(np.abs(np.random.randn(40, 4)).astype(np.float32))
    return RandomRollout(), (state, noise)
