# case: Bayesian knowledge tracing updates mastery over a fixed number of attempts with a constant Python loop and ops.select -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BKTConfig:
    p_init = 0.3
    p_learn = 0.15
    p_slip = 0.1
    p_guess = 0.2


class BayesianKT(nn.Cell):
    def __init__(self, num_steps=8, cfg=BKTConfig()):
        super().__init__()
        self.num_steps = num_steps
        self.p_learn = cfg.p_learn
        self.p_slip = cfg.p_slip
        self.p_guess = cfg.p_guess
        self.p_init = cfg.p_init

    def posterior(self, p, obs):
        correct_post = p * (1 - self.p_slip) / (p * (1 - self.p_slip) + (1 - p) * self.p_guess)
        wrong_post = p * self.p_slip / (p * self.p_slip + (1 - p) * (1 - self.p_guess))
        return ops.select(obs > 0.5, correct_post, wrong_post)

    def construct(self, observations):
        p = ops.full((observations.shape[0],), self.p_init, dtype=ms.float32)
        history = []
        for t in range(self.num_steps):
            p = self.posterior(p, observations[:, t])
            p = p + (1 - p) * self.p_learn
            history.append(p)
        return ops.stack(history, axis=1)


def make():
    np.random.seed(13)
    obs = Tensor(np.random.randint(0, 2, (5, 8)).astype(np.float32))
    return BayesianKT(), (obs,)
