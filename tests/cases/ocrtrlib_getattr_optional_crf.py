# case: token classification model decodes with a CRF only if getattr(self, "crf", None) is set; this config has use_crf=False so the head returns argmax labels and logits -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class NERConfig:
    def __init__(self, hidden_size=32, num_labels=9, use_crf=False, return_dict=False):
        self.hidden_size = hidden_size
        self.num_labels = num_labels
        self.use_crf = use_crf
        self.return_dict = return_dict


class LinearChainCRF(nn.Cell):
    def __init__(self, num_labels):
        super().__init__()
        self.transitions = Parameter(Tensor(np.zeros((num_labels, num_labels), np.float32)), name="transitions")

    def construct(self, emissions):
        n = int(emissions.shape[1])
        path = [emissions[:, 0].argmax(-1)]
        for t in range(1, n):
            path.append((emissions[:, t] + self.transitions[path[-1]]).argmax(-1))
        return ops.stack(path, 1)


class DocNERHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.classifier = nn.Dense(config.hidden_size, config.num_labels)
        if config.use_crf:
            self.crf = LinearChainCRF(config.num_labels)
        self.return_dict = config.return_dict

    def construct(self, sequence_output):
        logits = self.classifier(sequence_output)
        crf = getattr(self, "crf", None)
        tags = crf(logits) if crf is not None else logits.argmax(axis=-1)
        return tags, logits


def make():
    np.random.seed(37)
    h = Tensor(np.random.randn(2, 11, 32).astype(np.float32))
    return DocNERHead(NERConfig()), (h,)
