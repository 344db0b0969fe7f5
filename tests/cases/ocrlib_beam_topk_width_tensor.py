# case: CTC prefix beam search step where the beam width arrives as a tensor argument and is turned into the top-k size with int() -> rejected or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeamSearchConfig:
    def __init__(self, num_classes=37, length_penalty=0.0):
        self.num_classes = num_classes
        self.length_penalty = length_penalty


class CTCBeamStep(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_classes = config.num_classes
        self.length_penalty = config.length_penalty

    def _expand(self, beam_scores, log_probs):
        return (beam_scores.expand_dims(-1) + log_probs.expand_dims(0)).reshape(-1)

    def construct(self, beam_scores, log_probs, beam_width):
        cand = self._expand(beam_scores, log_probs)
        k = int(beam_width)
        top_scores, top_idx = ops.topk(cand, k)
        beam_origin = top_idx // self.num_classes
        token = top_idx % self.num_classes
        return top_scores, beam_origin, token


def make():
    np.random.seed(13)
    beam_scores = Tensor(np.log(np.random.rand(4).astype(np.float32)))
    log_probs = Tensor(np.log(np.random.dirichlet(np.ones(37)).astype(np.float32)))
    return CTCBeamStep(BeamSearchConfig()), (beam_scores, log_probs, Tensor(4, ms.int32))
