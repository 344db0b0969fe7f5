# case: QA model that would wrap outputs in a plain SpanPredictionOutput class only when return_dict is set, which the config leaves False -> the plain-class branch is behind a constant False flag; Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from dataclasses import dataclass
from typing import Optional


@dataclass
class ReaderConfig:
    hidden_size: int = 16
    return_dict: bool = False
    output_attentions: bool = False


class SpanPredictionOutput:
    def __init__(self, start_logits, end_logits, attentions=None):
        self.start_logits = start_logits
        self.end_logits = end_logits
        self.attentions = attentions


class AttentiveReader(nn.Cell):
    def __init__(self, config: ReaderConfig):
        super().__init__()
        self.score = nn.Dense(config.hidden_size, 1)
        self.qa = nn.Dense(config.hidden_size, 2)
        self.return_dict = config.return_dict
        self.output_attentions = config.output_attentions

    def construct(self, hidden, return_dict: Optional[bool] = None):
        return_dict = return_dict if return_dict is not None else self.return_dict
        attn = ops.softmax(self.score(hidden), axis=1)
        hidden = hidden + attn * hidden
        logits = self.qa(hidden)
        start_logits, end_logits = logits[..., 0], logits[..., 1]
        if return_dict:
            return SpanPredictionOutput(start_logits, end_logits, attn if self.output_attentions else None)
        outputs = (start_logits, end_logits)
        return outputs + (attn,) if self.output_attentions else outputs


def make():
    np.random.seed(3760)
    hidden = Tensor(np.random.randn(2, 8, 16).astype(np.float32))
    return AttentiveReader(ReaderConfig()), (hidden,)
