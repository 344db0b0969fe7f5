# case: prefix-tuning model narrows the prompt region with mint.narrow using config ints; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, mint, Tensor


class PromptConfig:
    def __init__(self, n_prompt=3, hidden=8):
        self.n_prompt = n_prompt
        self.hidden = hidden


class PrefixReader(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg or PromptConfig()
        self.n_prompt = cfg.n_prompt
        self.head = nn.Dense(cfg.hidden, 2)

    def construct(self, h):
        seq = h.shape[1]
        prompt = mint.narrow(h, 1, 0, self.n_prompt)
        body = mint.narrow(h, 1, self.n_prompt, seq - self.n_prompt)
        return self.head(prompt.mean(1)) + self.head(body.mean(1))


def make():
    return PrefixReader(), (Tensor(np.ones((2, 10, 8), np.float32)),)
