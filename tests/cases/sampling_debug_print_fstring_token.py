# case: sampler logs the chosen token and its probability with print of an f-string built from tensors -> f-string formatting of tensor values in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VerboseSampler(nn.Cell):
    def __init__(self, temperature=0.8, verbose=True):
        super().__init__()
        self.temperature = temperature
        self.verbose = verbose

    def construct(self, logits):
        probs = ops.softmax(logits / self.temperature, axis=-1)
        token = ops.argmax(probs, dim=-1)
        p = probs.max(axis=-1)
        if self.verbose:
            print(f"sampled token {token} with prob {p}")
        return token, p


def make():
    np.random.seed(23)
    logits = Tensor(np.random.randn(10).astype(np.float32))
    return VerboseSampler(), (logits,)
