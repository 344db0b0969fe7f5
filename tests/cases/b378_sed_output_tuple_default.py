# case: the same tagger defines an SEDOutput class for return_dict=True, but the config default (False) is never changed, so construct returns a tuple -> the class branch is dead, Graph mode should compile statically
from typing import Optional
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TaggerConfig:
    def __init__(self, n_mels=32, hidden_size=48, n_classes=8, return_dict=False, output_embedding=True):
        self.n_mels = n_mels
        self.hidden_size = hidden_size
        self.n_classes = n_classes
        self.return_dict = return_dict
        self.output_embedding = output_embedding


class SEDOutput:
    def __init__(self, clipwise_output, framewise_output=None, embedding=None):
        self.clipwise_output = clipwise_output
        self.framewise_output = framewise_output
        self.embedding = embedding


class AudioTagger(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.fc1 = nn.Dense(config.n_mels, config.hidden_size, activation="relu")
        self.fc_audioset = nn.Dense(config.hidden_size, config.n_classes)
        self.return_dict = config.return_dict
        self.output_embedding = config.output_embedding

    def construct(self, logmel):
        h = self.fc1(logmel)
        framewise = ops.sigmoid(self.fc_audioset(h))
        clipwise = framewise.mean(axis=1)
        embedding = h.max(axis=1) if self.output_embedding else None
        if self.return_dict:
            return SEDOutput(clipwise, framewise, embedding)
        outputs = (clipwise, framewise)
        if embedding is not None:
            outputs = outputs + (embedding,)
        return outputs


def make():
    np.random.seed(3786)
    logmel = Tensor(np.random.randn(2, 30, 32).astype(np.float32))
    return AudioTagger(TaggerConfig()), (logmel,)
