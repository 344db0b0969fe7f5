# case: CTC head greedy search collapses repeated tokens per utterance with ops.unique_consecutive and returns the hypotheses -> output length depends on the data, dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CTCConfig:
    def __init__(self, vocab_size=12, encoder_output_size=32, blank_id=0):
        self.vocab_size = vocab_size
        self.encoder_output_size = encoder_output_size
        self.blank_id = blank_id


class CTC(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ctc_lo = nn.Dense(config.encoder_output_size, config.vocab_size)
        self.blank_id = config.blank_id

    def log_softmax(self, hs_pad):
        return ops.log_softmax(self.ctc_lo(hs_pad), axis=2)

    def argmax(self, hs_pad):
        return ops.argmax(self.ctc_lo(hs_pad), dim=2)


class CTCGreedySearch(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ctc = CTC(config)

    def construct(self, encoder_out):
        ctc_probs = self.ctc.log_softmax(encoder_out)
        topk_prob, topk_index = ops.max(ctc_probs, axis=2)
        hyps = []
        for i in range(encoder_out.shape[0]):
            collapsed = ops.unique_consecutive(topk_index[i])
            hyps.append(collapsed)
        scores = topk_prob.sum(axis=1)
        return tuple(hyps), scores


def make():
    np.random.seed(15)
    encoder_out = Tensor(np.random.randn(2, 20, 32).astype(np.float32))
    return CTCGreedySearch(CTCConfig()), (encoder_out,)
