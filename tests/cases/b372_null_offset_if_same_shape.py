# case: if the batch's best CLS null score beats a threshold, subtract it from span logits, otherwise scale them; both branches keep the logits' shape -> tensor-valued if with same-shaped branches; Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NullConfig:
    def __init__(self, hidden_size=16, null_threshold=0.5, temperature=2.0):
        self.hidden_size = hidden_size
        self.null_threshold = null_threshold
        self.temperature = temperature


class NullAdjustedHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.qa = nn.Dense(config.hidden_size, 2)
        self.null_threshold = config.null_threshold
        self.temperature = config.temperature

    def _adjust(self, logits, null_score):
        if null_score.max() > self.null_threshold:
            logits = logits - null_score.expand_dims(-1)
        else:
            logits = logits / self.temperature
        return logits

    def construct(self, sequence_output):
        logits = self.qa(sequence_output)
        start_logits, end_logits = logits[..., 0], logits[..., 1]
        null_score = start_logits[:, 0] + end_logits[:, 0]
        return self._adjust(start_logits, null_score), self._adjust(end_logits, null_score)


def make():
    np.random.seed(3753)
    seq = Tensor(np.random.randn(2, 10, 16).astype(np.float32))
    return NullAdjustedHead(NullConfig()), (seq,)
