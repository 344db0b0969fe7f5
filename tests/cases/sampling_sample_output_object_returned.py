# case: sampler packs the chosen tokens, their log-probs and a finished flag into a plain Python SampleOutput object built in construct and returned -> custom Python object returned from graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SampleOutput:
    def __init__(self, tokens, logprobs, finished):
        self.tokens = tokens
        self.logprobs = logprobs
        self.finished = finished


class LogprobSampler(nn.Cell):
    def __init__(self, eos_id=2, temperature=1.0):
        super().__init__()
        self.eos_id = eos_id
        self.temperature = temperature

    def construct(self, logits, gumbel):
        logp = ops.log_softmax(logits / self.temperature, axis=-1)
        tokens = ops.argmax(logp + gumbel, dim=-1)
        chosen = ops.gather_elements(logp, 1, tokens.reshape(-1, 1)).squeeze(1)
        return SampleOutput(tokens, chosen, tokens == self.eos_id)


def make():
    np.random.seed(31)
    logits = Tensor(np.random.randn(3, 8).astype(np.float32))
    gumbel = Tensor(np.random.gumbel(size=(3, 8)).astype(np.float32))
    return LogprobSampler(), (logits, gumbel)
