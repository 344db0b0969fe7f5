# case: QA model returns a small QuestionAnsweringOutput object under the default return_dict=True config -> a plain Python class instantiated and returned from construct; Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QAModelConfig:
    def __init__(self, hidden_size=32, num_layers=2, return_dict=True, output_hidden_states=False):
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.return_dict = return_dict
        self.output_hidden_states = output_hidden_states


class QuestionAnsweringOutput:
    def __init__(self, start_logits, end_logits, hidden_states=None):
        self.start_logits = start_logits
        self.end_logits = end_logits
        self.hidden_states = hidden_states


class TinyEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.layers = nn.CellList([nn.Dense(config.hidden_size, config.hidden_size, activation="gelu")
                                   for _ in range(config.num_layers)])

    def construct(self, x):
        states = ()
        for layer in self.layers:
            x = layer(x)
            states = states + (x,)
        return x, states


class ReaderForQuestionAnswering(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.encoder = TinyEncoder(config)
        self.qa_outputs = nn.Dense(config.hidden_size, 2)
        self.return_dict = config.return_dict
        self.output_hidden_states = config.output_hidden_states

    def construct(self, embeddings):
        seq, states = self.encoder(embeddings)
        logits = self.qa_outputs(seq)
        start_logits, end_logits = logits[..., 0], logits[..., 1]
        hidden_states = states if self.output_hidden_states else None
        if not self.return_dict:
            out = (start_logits, end_logits)
            return out + (hidden_states,) if hidden_states is not None else out
        return QuestionAnsweringOutput(start_logits, end_logits, hidden_states)


def make():
    np.random.seed(3732)
    emb = Tensor(np.random.randn(2, 12, 32).astype(np.float32))
    return ReaderForQuestionAnswering(QAModelConfig()), (emb,)
