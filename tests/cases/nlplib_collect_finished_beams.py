# case: beam search finaliser that collects the beams whose normalised score beats early_stopping_threshold into a Python list and stacks them -> list grown under tensor-valued if conditions, length depends on data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeamSearchConfig:
    def __init__(self, num_beams=4, length_penalty=1.0, early_stopping_threshold=-3.0):
        self.num_beams = num_beams
        self.length_penalty = length_penalty
        self.early_stopping_threshold = early_stopping_threshold


def _normalise(scores, length, length_penalty):
    return scores / (length ** length_penalty)


class BeamFinaliser(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_beams = config.num_beams
        self.length_penalty = config.length_penalty
        self.threshold = config.early_stopping_threshold

    def construct(self, sequences, beam_scores):
        length = sequences.shape[-1]
        norm = _normalise(beam_scores, length, self.length_penalty)
        finished = []
        for i in range(self.num_beams):
            if norm[i] > self.threshold:
                finished.append(sequences[i])
        if len(finished) == 0:
            return sequences[:1]
        return ops.stack(finished)


def make():
    np.random.seed(3374)
    cfg = BeamSearchConfig()
    seqs = Tensor(np.random.randint(0, 50, size=(cfg.num_beams, 6)).astype(np.int32))
    scores = Tensor(np.array([-5.0, -12.0, -9.0, -30.0], dtype=np.float32))
    return BeamFinaliser(cfg), (seqs, scores)
