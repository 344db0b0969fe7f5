# case: draws num_samples tokens by looping for range(num_samples) where num_samples is a tensor input, appending each draw to a list -> loop count from a tensor value grows a list
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RepeatedGumbelSampler(nn.Cell):
    def __init__(self, temperature=0.9):
        super().__init__()
        self.temperature = temperature

    def construct(self, logits, noise_bank, num_samples):
        draws = []
        for i in range(num_samples):
            draws.append(ops.argmax(logits / self.temperature + noise_bank[i], dim=-1))
        return ops.stack(draws)


def make():
    np.random.seed(32)
    logits = Tensor(np.random.randn(12).astype(np.float32))
    noise = Tensor(np.random.gumbel(size=(6, 12)).astype(np.float32))
    return RepeatedGumbelSampler(), (logits, noise, Tensor(4, ms.int32))
