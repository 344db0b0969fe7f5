# case: audio tagging model built with return_dict=True wraps clip-wise and frame-wise outputs in a plain SEDOutput class created in construct -> Graph mode should reject returning a plain Python object
from dataclasses import dataclass
from typing import Optional
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@dataclass
class TaggerConfig:
    n_mels: int = 32
    hidden_size: int = 48
    n_classes: int = 8
    return_dict: bool = True


class SEDOutput:
    def __init__(self, clipwise_output, framewise_output=None, embedding=None):
        self.clipwise_output = clipwise_output
        self.framewise_output = framewise_output
        self.embedding = embedding


class AudioTagger(nn.Cell):
    def __init__(self, config, classifier: Optional[nn.Cell] = None):
        super().__init__()
        self.encoder = nn.SequentialCell([nn.Dense(config.n_mels, config.hidden_size), nn.ReLU()])
        self.classifier = classifier if classifier is not None else nn.Dense(config.hidden_size, config.n_classes)
        self.return_dict = config.return_dict

    def construct(self, logmel, return_dict=None):
        return_dict = return_dict if return_dict is not None else self.return_dict
        h = self.encoder(logmel)                      # (B, T, H)
        framewise = ops.sigmoid(self.classifier(h))   # (B, T, C)
        clipwise = framewise.max(axis=1)
        embedding = h.mean(axis=1)
        if not return_dict:
            return (clipwise, framewise, embedding)
        return SEDOutput(clipwise_output=clipwise, framewise_output=framewise, embedding=embedding)


def make():
    np.random.seed(3785)
    logmel = Tensor(np.random.randn(2, 30, 32).astype(np.float32))
    return AudioTagger(TaggerConfig()), (logmel,)
