# case: trim span logits to the longest real context in the batch using .item() on context lengths -> slice bound read from tensor data; Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class QAHeadConfig:
    def __init__(self, hidden_size=32, output_hidden_states=False):
        self.hidden_size = hidden_size
        self.output_hidden_states = output_hidden_states


class TrimmedQAHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.output_hidden_states = config.output_hidden_states
        self.qa_outputs = nn.Dense(config.hidden_size, 2)

    def _trim(self, x, context_lengths: Optional[Tensor] = None):
        if context_lengths is None:
            return x
        max_len = context_lengths.max().item()
        return x[:, :max_len]

    def construct(self, sequence_output, context_lengths=None):
        logits = self.qa_outputs(sequence_output)
        start_logits = self._trim(logits[..., 0], context_lengths)
        end_logits = self._trim(logits[..., 1], context_lengths)
        outputs = (start_logits, end_logits)
        if self.output_hidden_states:
            outputs = outputs + (sequence_output,)
        return outputs


def make():
    np.random.seed(3726)
    seq = Tensor(np.random.randn(3, 18, 32).astype(np.float32))
    lengths = Tensor(np.array([11, 9, 14], dtype=np.int32))
    return TrimmedQAHead(QAHeadConfig()), (seq, lengths)
