# case: CRF Viterbi decoder only runs the recursion up to the longest real sequence, with the loop bound taken from int(lengths.max()) -> loop count from tensor data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class CRFConfig:
    def __init__(self, num_labels=5, hidden_size=16):
        self.num_labels = num_labels
        self.hidden_size = hidden_size


class CRFDecoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        n = config.num_labels
        self.classifier = nn.Dense(config.hidden_size, n)
        self._build_transitions(n)

    def _build_transitions(self, n):
        self.transitions = Parameter(Tensor(np.random.randn(n, n).astype(np.float32) * 0.1), name="transitions")
        self.start_transitions = Parameter(Tensor(np.zeros(n, np.float32)), name="start")

    def construct(self, sequence_output, attention_mask):
        emissions = self.classifier(sequence_output)
        lengths = attention_mask.sum(axis=1)
        max_len = int(lengths.max())
        score = self.start_transitions + emissions[:, 0]
        best_paths = [score.argmax(axis=-1)]
        for t in range(1, max_len):
            total = score.expand_dims(2) + self.transitions.expand_dims(0) + emissions[:, t].expand_dims(1)
            step_mask = attention_mask[:, t:t + 1].astype(ms.float32)
            score = total.max(axis=1) * step_mask + score * (1 - step_mask)
            best_paths.append(score.argmax(axis=-1))
        return ops.stack(best_paths, axis=1)


def make():
    np.random.seed(8)
    h = Tensor(np.random.randn(2, 10, 16).astype(np.float32))
    mask = np.ones((2, 10), np.int32)
    mask[0, 6:] = 0
    mask[1, 8:] = 0
    return CRFDecoder(CRFConfig()), (h, Tensor(mask))
